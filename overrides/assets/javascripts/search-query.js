/*
 * Site search tuned for pasted error messages.
 *
 * Material for MkDocs 9.8 offers no hook for the query (`__search.transform` is gone), so this
 * script, loaded before Material's bundle, wraps the search worker the bundle starts and rewrites
 * each query message (type 2) on its way to it. Material's search worker turns every query word into a prefix search (`word*`). Words that lunr
 * leaves out of the index (its English stop words: a, as, be, to, cannot, ...) can then match only
 * other words that start with them: pasting "A KerasTensor cannot be used as input to a JAX
 * function" ranked a section titled "... an ... API that does not allow ..." above the section
 * titled with that very message. So, before the worker sees the query:
 *
 * 1. Double quotes make a phrase ("exact words") only around whole words; quotes inside pasted code,
 *    such as Tensor("...", shape=(16, 1)), are dropped: lunr has no phrase search, and Material
 *    would otherwise require the quoted part as one word, which finds nothing.
 * 2. Stop words are dropped, as lunr drops them when it builds the index; the last word stays,
 *    since it may be a word still being typed ("an" on the way to "annotation").
 * 3. A whole word also counts as itself, boosted, so that "ragged" ranks a section about `ragged`
 *    above one about `ragged_rank` (the prefix search alone scores the rarer word higher).
 * 4. lunr's own query syntax is taken out of pasted text first: `ValueError:` would search a field
 *    named "valueerror" (a message with "tf-keras: ..." found nothing), a leading `-` or `+`
 *    prohibits or requires a word, and `~`, `^` and `*` are fuzziness, boosts and wildcards.
 */
(function () {
  "use strict";
  var STOP = new Set((
    "a able about across after all almost also am among an and any are as at be because been but by " +
    "can cannot could dear did do does either else ever every for from get got had has have he her " +
    "hers him his how however i if in into is it its just least let like likely may me might most " +
    "must my neither no nor not of off often on only or other our own rather said say says she " +
    "should since so some than that the their them then there these they this tis to too twas us " +
    "wants was we were what when where which while who whom why will with would yet you your"
  ).split(" "));
  var EXACT_BOOST = 10;
  var PLAIN_WORD = /^\w+$/;
  var PHRASE = /(^|\s)"([^"]+)"(?=\s|$)/g;

  function isStopWord(word) {
    return STOP.has(word.toLowerCase());
  }

  function transform(query) {
    var phrases = [];
    // 1. Phrases aside (as placeholders), then every other double quote out.
    var text = query.replace(PHRASE, function (match, before, phrase) {
      var words = phrase.split(/\s+/).filter(function (w) { return w && !isStopWord(w); });
      if (!words.length) return before;
      phrases.push('"' + words.join(" ") + '"');
      return before + "\u0000" + (phrases.length - 1) + "\u0000";
    }).replace(/"/g, " ")
      // 4. (the phrases are already aside, as placeholders)
      .replace(/[:~^*]/g, " ").replace(/(^|\s)[+-]+/g, "$1");
    var words = text.trim().split(/\s+/).filter(Boolean);
    var out = [];
    words.forEach(function (word, index) {
      var placeholder = /^\u0000(\d+)\u0000$/.exec(word);
      if (placeholder) {
        out.push(phrases[+placeholder[1]]);
      } else if (index === words.length - 1 || !isStopWord(word)) {
        // 2. and 3.: the worker adds `*` to `word`; `word^10` stays an exact match.
        if (PLAIN_WORD.test(word) && !isStopWord(word)) out.push(word + "^" + EXACT_BOOST);
        out.push(word);
      }
    });
    return out.join(" ");
  }

  var QUERY = 2; // Material's worker message types: 0 setup, 1 ready, 2 query, 3 result
  var NativeWorker = window.Worker;
  function Worker(url, options) {
    var worker = new NativeWorker(url, options);
    if (/\/workers\/search\.[^/]*\.js$/.test(String(url))) {
      var post = worker.postMessage.bind(worker);
      worker.postMessage = function (message, transfer) {
        if (message && message.type === QUERY && typeof message.data === "string") {
          message = { type: QUERY, data: transform(message.data) };
        }
        return transfer === undefined ? post(message) : post(message, transfer);
      };
    }
    return worker;
  }
  Worker.prototype = NativeWorker.prototype;
  window.Worker = Worker;
  window.siteSearchQuery = transform; // for the browser checks (tests/browser/search.py)
})();
