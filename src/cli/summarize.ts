import type { Command } from './command.js';
import { UsageError } from './command.js';

// Placeholder until the command lands; replaced by its owner.
const command: Command = {
  name: 'summarize',
  summary: 'summarize',
  usage: 'smuggling-evidence summarize (not yet available)',
  async run() {
    throw new UsageError('the "summarize" command is not available yet');
  },
};
export default command;
