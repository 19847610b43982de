// Placeholder until the gate issue lands: builds real adapters and calls the action runner.
export async function main(): Promise<void> {
  process.stdout.write('evalgate action: not implemented yet\n');
}
