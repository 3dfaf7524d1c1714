import { fileURLToPath } from "node:url";
import { Command, InvalidArgumentError } from "commander";
import { writeSyntheticReports } from "./write-synthetic-reports.js";

function positiveWhole(text: string): number {
  const number = Number(text);
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError("expected a whole number of 1 or more");
  return number;
}

const program = new Command()
  .name("synthetic-reports")
  .description(
    "Write synthetic performance reports: the seed reports re-labelled to later years, their figures perturbed.",
  )
  .requiredOption("--out <directory>", "where to write the reports")
  .option("--count <n>", "how many reports", positiveWhole, 10)
  .option("--seed <n>", "random seed (the same seed writes the same reports)", positiveWhole, 1)
  .option("--from <directory>", "the seed reports", fileURLToPath(new URL("../data/reports", import.meta.url)))
  .addHelpText("after", "\nExample:\n  npx tsx bench/synthetic-reports-cli.ts --count 10 --out bench/tmp/reports-10");

program.parse();
const options = program.opts<{ out: string; count: number; seed: number; from: string }>();
try {
  const files = writeSyntheticReports({
    seedsDirectory: options.from,
    outputDirectory: options.out,
    count: options.count,
    seed: options.seed,
  });
  process.stdout.write(`Wrote ${files.length} synthetic reports to ${options.out}: ${files[0]} … ${files.at(-1)}\n`);
} catch (error) {
  process.stderr.write(`synthetic-reports: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
