/* Keyboard shortcuts of the moderator workspace: j/k move, x selects, a/h/d decide the selection, ? shows help. */
window.kringModeration = (function () {
  var current = -1;

  function rows() {
    return Array.prototype.slice.call(document.querySelectorAll('#queue-form\\:queue tbody tr'));
  }

  function focus(index) {
    var all = rows();
    if (all.length === 0) {
      return;
    }
    current = Math.max(0, Math.min(all.length - 1, index));
    all.forEach(function (row, i) {
      row.classList.toggle('kring-current', i === current);
    });
    all[current].setAttribute('tabindex', '-1');
    all[current].focus();
  }

  /* The row's checkbox is the selection the form sends with the decision. */
  function toggle() {
    var row = rows()[current];
    if (row) {
      var box = row.querySelector('input[type=checkbox]');
      box.checked = !box.checked;
    }
  }

  function press(id) {
    var button = document.getElementById('queue-form:' + id);
    if (button) {
      if (rows().length && !document.querySelector('#queue-form\\:queue tbody input[type=checkbox]:checked')) {
        toggle(); // nothing selected yet: decide the row under the cursor
      }
      button.click();
    }
  }

  function help() {
    var panel = document.getElementById('shortcuts');
    panel.hidden = !panel.hidden;
    document.querySelector('.kring-help-button').setAttribute('aria-expanded', String(!panel.hidden));
  }

  document.addEventListener('keydown', function (event) {
    var target = event.target;
    var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) && target.type !== 'checkbox';
    if (event.ctrlKey || event.metaKey || event.altKey || typing) {
      return;
    }
    var keys = { j: function () { focus(current + 1); }, k: function () { focus(current - 1); }, x: toggle,
      a: function () { press('approve'); }, h: function () { press('hide'); }, d: function () { press('delete'); }, '?': help };
    var action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  });

  return { help: help };
})();
