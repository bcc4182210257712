import type { Command } from './command.js';
import { UsageError } from './command.js';

// Placeholder until the command lands; replaced by its owner.
const command: Command = {
  name: 'report',
  summary: 'report',
  usage: 'smuggling-evidence report (not yet available)',
  async run() {
    throw new UsageError('the "report" command is not available yet');
  },
};
export default command;
