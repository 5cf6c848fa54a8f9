// Runs one journey: node run.mjs <journey> '<json arguments>'. Prints the journey's result as the last line,
// `RESULT {json}`, for the Java test that started it and checks the case afterwards.
const [journey, json = '{}'] = process.argv.slice(2);
const { default: run } = await import(`./journeys/${journey}.mjs`);
try {
  const result = await run(JSON.parse(json));
  console.log('RESULT ' + JSON.stringify(result ?? {}));
} catch (error) {
  console.error(error);
  process.exit(1);
}
