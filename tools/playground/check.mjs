// Drives the Microsoft 365 Agents Playground (already running) against the locally running bot:
// welcome card on install, help card after "help", the "Declare NCCC use" button on the help card, and
// the Ask cards: an answer with its citation and "Helpful", a "Did you mean", and an honest abstention.
// Saves screenshots and the activities the playground logged; exits non-zero on the first failed check.
// The bot must already be running. With --start-playground the playground is started (and stopped) here.
//
//   node check.mjs [--start-playground] [--endpoint http://127.0.0.1:3978/api/messages]
//                  [--url http://127.0.0.1:56150] [--out /tmp/playground-shots] [--chromium /usr/bin/chromium]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const { values: opt } = parseArgs({
	options: {
		url: { type: 'string', default: process.env.PLAYGROUND_URL ?? 'http://127.0.0.1:56150' },
		out: { type: 'string', default: process.env.SHOTS_DIR ?? '/tmp/playground-shots' },
		chromium: { type: 'string', default: process.env.CHROMIUM ?? '/usr/bin/chromium' },
		timeout: { type: 'string', default: '90000' },
		'start-playground': { type: 'boolean', default: false },
		endpoint: { type: 'string', default: process.env.BOT_ENDPOINT ?? 'http://127.0.0.1:3978/api/messages' },
	},
});
const playground = opt['start-playground'] ? await startPlayground(opt.endpoint) : null;
if (playground) opt.url = playground.url;
const timeout = Number(opt.timeout);
const WELCOME = "I'm the NCCC records assistant.";
const HELP_HEADING = 'What I can do';
const DECLARE_HEADING = 'Declare use of a non-corporate channel';
const CITATION = /Guidance version [^,]+, para/;

fs.mkdirSync(opt.out, { recursive: true });
const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-chromium-'));
const context = await chromium.launchPersistentContext(userDataDir, {
	executablePath: opt.chromium,
	headless: true,
	viewport: { width: 1400, height: 1500 },
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
		'--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

// The playground streams every activity (both directions, with HTTP status) to the UI over a websocket;
// on connect it also replays older ones, which are skipped by their timestamp.
const startedAt = Date.now();
const activities = [];
const problems = [];
const page = context.pages()[0] ?? await context.newPage();
page.on('websocket', ws => {
	if (!ws.url().includes('/_ws/log/')) return;
	ws.on('framereceived', frame => {
		try {
			const log = JSON.parse(String(frame.payload)).log;
			if (log?.activityName && log.timestamp >= startedAt) activities.push(log);
		} catch { /* not JSON */ }
	});
});
page.on('pageerror', e => problems.push(`page error: ${e.message}`));
// Fonts and animations come from an Office CDN the machine cannot reach; that is expected offline.
const offline = url => !/^https?:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url);
page.on('requestfailed', r => { if (!offline(r.url())) problems.push(`request failed: ${r.method()} ${r.url()} ${r.failure()?.errorText}`); });
page.on('response', r => { if (r.status() >= 400 && !offline(r.url())) problems.push(`HTTP ${r.status()}: ${r.request().method()} ${r.url()}`); });

let step = 'start';
const shot = name => page.screenshot({ path: path.join(opt.out, name), fullPage: false });
const summary = a => `${a.from} -> ${a.to}: ${a.activityName} ${a.response?.statusCode ?? a.request?.method ?? ''}`;
try {
	step = 'welcome card on install';
	await page.goto(opt.url, { waitUntil: 'domcontentloaded' });
	await page.getByText(WELCOME).first().waitFor({ timeout });
	await page.waitForTimeout(500);
	await shot('01-welcome.png');

	step = 'help card after typing help';
	const cardsBefore = await page.getByText(HELP_HEADING, { exact: true }).count();
	const input = page.locator('[data-lexical-editor="true"]');
	await input.click();
	await input.pressSequentially('help');
	await page.keyboard.press('Enter');
	await page.getByText(HELP_HEADING, { exact: true }).nth(cardsBefore).waitFor({ timeout });
	await page.waitForTimeout(500);
	await shot('02-help.png');

	step = '"Declare NCCC use" on the help card';
	const replies = await page.getByText(DECLARE_HEADING).count();
	const seen = activities.length;
	const helpCard = page.locator('.ac-adaptiveCard').filter({ hasText: HELP_HEADING }).last();
	await helpCard.getByRole('button', { name: 'Declare NCCC use' }).click();
	await page.getByText(DECLARE_HEADING).nth(replies).waitFor({ timeout });
	// The invoke's answer (the help card again) comes back on the HTTP response, after the card.
	const invoke = await waitFor(() => activities.slice(seen).find(a => a.activityName === 'invoke' && a.response), timeout);
	await page.getByText(DECLARE_HEADING).nth(replies).evaluate(scrollChatToTop);
	await page.waitForTimeout(1000);
	await shot('03-declare.png');
	if (invoke.response.statusCode !== 200) throw new Error(`invoke answered ${invoke.response.statusCode}: ${JSON.stringify(invoke.response.body)}`);
	if (invoke.response.body?.type !== 'application/vnd.microsoft.card.adaptive') throw new Error(`invoke did not refresh the card: ${JSON.stringify(invoke.response.body)}`);
	if (await helpCard.getByRole('button', { name: 'Declare NCCC use' }).count() !== 1) throw new Error('the help card is gone after the click');

	step = 'an answer card with its citation after a question';
	const answer = await ask('can i use whatsapp to talk to a supplier', card => CITATION.test(card));
	await shot('04-answer.png');
	for (const button of ['Helpful', 'Not helpful', 'Ask the records team']) {
		if (await answer.getByRole('button', { name: button }).count() < 1) throw new Error(`the answer card has no "${button}" button`);
	}

	step = '"Helpful" on the answer card';
	const before = activities.length;
	await answer.getByRole('button', { name: 'Helpful', exact: true }).click();
	const feedback = await waitFor(() => activities.slice(before).find(a => a.activityName === 'invoke' && a.response), timeout);
	if (feedback.response.statusCode !== 200) throw new Error(`"Helpful" answered ${feedback.response.statusCode}`);
	await page.waitForTimeout(1000);
	await answer.evaluate(scrollChatToTop);
	await shot('05-helpful.png');

	step = '"Did you mean" after a vague question';
	await ask('whatsapp', card => card.includes('Did you mean'));
	await shot('06-did-you-mean.png');

	step = 'an honest abstention after an off-topic question';
	const abstention = await ask('how do i reset my payroll password', card => card.includes("I don't have a confirmed answer"));
	if (await abstention.getByRole('button', { name: 'Ask the records team' }).count() < 1) throw new Error('the abstention offers no records-team hand-over');
	await shot('07-abstention.png');

	step = 'no failed activity';
	const failed = activities.filter(a => (a.response?.statusCode ?? 200) >= 400);
	if (failed.length) throw new Error(`failed activities: ${failed.map(summary).join('; ')}`);
	if (problems.length) throw new Error(problems.join('; '));
	console.log(`OK: welcome, help, "Declare NCCC use", an answer with its citation, "Helpful", "Did you mean" and an abstention all work. Screenshots in ${opt.out}`);
} catch (e) {
	process.exitCode = 1;
	console.error(`FAILED at step "${step}": ${e.message}`);
	await shot('failure.png').catch(() => {});
} finally {
	fs.writeFileSync(path.join(opt.out, 'activities.json'), JSON.stringify(activities, null, 1));
	activities.forEach(a => console.log('  ' + summary(a)));
	await context.close();
	fs.rmSync(userDataDir, { recursive: true, force: true });
	playground?.child.kill();
}

/** Starts the playground from this folder's node_modules; it prints "Listening on <port>" when ready. */
function startPlayground(endpoint) {
	const cli = new URL('./node_modules/@microsoft/m365agentsplayground/cli.js', import.meta.url).pathname;
	const child = spawn(process.execPath, [cli, '-e', endpoint, '-c', 'msteams', '--disable-telemetry'],
		{ stdio: ['ignore', 'pipe', 'inherit'] });
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => { child.kill(); reject(new Error('the playground did not start')); }, 60000);
		child.on('exit', code => reject(new Error(`the playground exited with ${code}`)));
		child.stdout.on('data', chunk => {
			const port = /Listening on (\d+)/.exec(String(chunk))?.[1];
			if (port) {
				clearTimeout(timer);
				child.stdout.resume();
				resolve({ child, url: `http://127.0.0.1:${port}` });
			}
		});
	});
}

/** Types a question and waits for a new card whose text passes the check; returns that card. */
async function ask(question, check) {
	const cards = page.locator('.ac-adaptiveCard');
	const count = await cards.count();
	const input = page.locator('[data-lexical-editor="true"]');
	await input.click();
	await input.pressSequentially(question);
	await page.keyboard.press('Enter');
	const card = await waitFor(async () => {
		const now = await cards.count();
		for (let i = count; i < now; i++) {
			if (check(await cards.nth(i).innerText())) return cards.nth(i);
		}
		return null;
	}, timeout);
	await card.evaluate(scrollChatToTop);
	await page.waitForTimeout(800);
	return card;
}

/** Scrolls the chat pane so this element's top is in view (long cards start above the fold otherwise). */
function scrollChatToTop(element) {
	element.scrollIntoView({ block: 'start' });
}

async function waitFor(find, ms) {
	for (const end = Date.now() + ms; Date.now() < end; await new Promise(r => setTimeout(r, 200))) {
		const found = await find();
		if (found) return found;
	}
	throw new Error('timed out');
}
