// `npx tsx bench/frontend/js-budget-main.ts`: the front-end budget on its own.
import { measureJsBudget } from './js-budget';
import { startFrontendServers } from './servers';

async function main() {
  const servers = await startFrontendServers(process.cwd());
  try {
    return await measureJsBudget(servers);
  } finally {
    await servers.close();
  }
}

main()
  .then((result) => {
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
    console.log(
      `JS on first load of /c/demo: ${kb(result.obrolBytes)} in ${result.scripts.obrol} scripts`,
    );
    console.log(
      `Minimal Next.js page:        ${kb(result.minimalBytes)} in ${result.scripts.minimal} scripts`,
    );
    console.log(
      `Ratio ${result.ratio.toFixed(2)} (target ≤ ${result.target}): ${result.pass ? 'PASS' : 'FAIL'}`,
    );
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
