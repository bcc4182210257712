import type { Command } from './command.js';
import { UsageError } from './command.js';

// Placeholder until the command lands; replaced by its owner.
const command: Command = {
  name: 'validate',
  summary: 'validate',
  usage: 'smuggling-evidence validate (not yet available)',
  async run() {
    throw new UsageError('the "validate" command is not available yet');
  },
};
export default command;
