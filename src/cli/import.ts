import type { Command } from './command.js';
import { UsageError } from './command.js';

// Placeholder until the command lands; replaced by its owner.
const command: Command = {
  name: 'import',
  summary: 'import',
  usage: 'smuggling-evidence import (not yet available)',
  async run() {
    throw new UsageError('the "import" command is not available yet');
  },
};
export default command;
