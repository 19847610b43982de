export async function cliMain(argv: string[]): Promise<number> {
  process.stdout.write(`evalgate ${argv.join(' ')}: not implemented yet\n`);
  return 2;
}
