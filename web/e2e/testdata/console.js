// Keeps what the page writes with console.error, for the tests to read.
window.errors = [];
const consoleError = console.error;
console.error = (...args) => {
	window.errors.push(args.map(String).join(" "));
	consoleError.apply(console, args);
};
