// Search suggestions as the visitor types (search.xhtml): a native <datalist> filled from GET /api/v1/search/suggest,
// at most one request per pause of 250 ms; choosing a suggestion searches for it. No framework: the search page loads
// this one small file and nothing of Faces or PrimeFaces (issue 17).
(function () {
  var box = document.getElementById('q');
  var list = document.getElementById('q-suggestions');
  if (!box || !list || !window.fetch) {
    return;
  }
  var timer;
  var asked = '';
  function offered(value) {
    return Array.prototype.some.call(list.options, function (option) { return option.value === value; });
  }
  box.addEventListener('input', function (event) {
    // A choice from the list arrives as a replacement of the whole text (or, in some browsers, without an input type).
    if ((event.inputType === 'insertReplacementText' || !event.inputType) && offered(box.value)) {
      box.form.submit();
      return;
    }
    clearTimeout(timer);
    var prefix = box.value.trim();
    if (prefix.length < 2 || prefix === asked) {
      return;
    }
    timer = setTimeout(function () {
      asked = prefix;
      fetch(box.dataset.suggest + '?size=8&prefix=' + encodeURIComponent(prefix), {headers: {Accept: 'application/json'}})
        .then(function (answer) { return answer.ok ? answer.json() : {suggestions: []}; })
        .then(function (answer) {
          list.replaceChildren.apply(list, answer.suggestions.map(function (suggestion) {
            var option = document.createElement('option');
            option.value = suggestion.text;
            return option;
          }));
        })
        .catch(function () { /* no suggestions: searching still works */ });
    }, 250);
  });
}());
