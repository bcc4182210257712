import type { Command } from './command.js';
import { UsageError } from './command.js';

// Placeholder until the command lands; replaced by its owner.
const command: Command = {
  name: 'convert',
  summary: 'convert',
  usage: 'smuggling-evidence convert (not yet available)',
  async run() {
    throw new UsageError('the "convert" command is not available yet');
  },
};
export default command;
