// The plotly.js the book serves: the core (which always carries the scatter trace) and the bar trace, the only
// trace types the book's charts use (kursus.tampilan.JENIS_TRACE_DASAR; a test keeps the two in step).
// Built by bangun.mjs; plotly's basic bundle also carries pie and the world calendars (170 KB more).
var Plotly = require("plotly.js/lib/core");

Plotly.register([require("plotly.js/lib/bar")]);

module.exports = Plotly;
