import type { Command } from './command.js';
import { UsageError } from './command.js';

// Placeholder until the command lands; replaced by its owner.
const command: Command = {
  name: 'codebook',
  summary: 'codebook',
  usage: 'smuggling-evidence codebook (not yet available)',
  async run() {
    throw new UsageError('the "codebook" command is not available yet');
  },
};
export default command;
