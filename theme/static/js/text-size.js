/* "Cỡ chữ": the radio buttons already resize the text through CSS alone; this script only
   remembers the reader's choice from page to page. Reading never depends on it. */
(function () {
  "use strict";
  var KEY = "co-chu";
  var saved = null;
  try { saved = window.localStorage.getItem(KEY); } catch (e) { /* storage disabled */ }
  var inputs = document.querySelectorAll('input[name="co-chu"]');
  Array.prototype.forEach.call(inputs, function (input) {
    if (saved && input.value === saved) { input.checked = true; }
    input.addEventListener("change", function () {
      try { window.localStorage.setItem(KEY, input.value); } catch (e) { /* ignore */ }
    });
  });
})();
