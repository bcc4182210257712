import type { Command } from './command.js';
import { UsageError } from './command.js';

// Placeholder until the command lands; replaced by its owner.
const command: Command = {
  name: 'template',
  summary: 'template',
  usage: 'smuggling-evidence template (not yet available)',
  async run() {
    throw new UsageError('the "template" command is not available yet');
  },
};
export default command;
