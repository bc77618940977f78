// Reads one Adaptive Card (JSON) per line on stdin and answers, one line each, with the problems the
// Adaptive Cards library finds when it parses the card for schema 1.5 and validates its properties:
// {"problems": ["Unknown element type \"Bogus\"...", ...]}. Stays running so a test run pays Node's start once.
// Usage: node validate-cards.js <folder holding node_modules>
const path = require('node:path');
const readline = require('node:readline');
// The dist bundle: the package's lib/ folder does not load in plain Node.
const AC = require(path.join(process.argv[2], 'node_modules/adaptivecards/dist/adaptivecards.js'));

function problems(json) {
	const context = new AC.SerializationContext();
	context.targetVersion = AC.Versions.v1_5;
	const card = new AC.AdaptiveCard();
	card.parse(JSON.parse(json), context);
	const found = [];
	for (let i = 0; i < context.eventCount; i++) found.push(context.getEventAt(i).message);
	for (const event of card.validateProperties().validationEvents) found.push(event.message);
	return found;
}

readline.createInterface({ input: process.stdin }).on('line', line => {
	let answer;
	try {
		answer = { problems: problems(line) };
	} catch (e) {
		answer = { problems: [`cannot parse the card: ${e.message}`] };
	}
	process.stdout.write(JSON.stringify(answer) + '\n');
});
