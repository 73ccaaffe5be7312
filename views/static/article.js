// Article page enhancements (the page works without them):
// - selecting words in the article fills "Add a claim" with them and the words before;
// - pointing at a claim card lights up its words, and the reverse.
(function () {
  'use strict';
  var text = document.querySelector('.article-text');
  var form = document.getElementById('add-claim-form');

  if (text && form) {
    text.addEventListener('mouseup', function () {
      var sel = window.getSelection();
      if (!sel || sel.isCollapsed) return;
      var quote = sel.toString().trim();
      if (quote.length < 3 || !text.contains(sel.anchorNode)) return;
      var range = sel.getRangeAt(0);
      var before = document.createRange();
      before.setStart(text, 0);
      before.setEnd(range.startContainer, range.startOffset);
      var prefix = before.toString().replace(/\s+/g, ' ').slice(-32).trimStart();
      form.querySelector('[name=quote]').value = quote;
      form.querySelector('[name=prefix]').value = prefix;
      var hint = document.getElementById('selection-hint');
      if (!hint) {
        hint = document.createElement('p');
        hint.id = 'selection-hint';
        hint.className = 'notice small';
        hint.setAttribute('role', 'status');
        form.parentNode.insertBefore(hint, form);
      }
      hint.textContent = 'Selected words copied into “Add a claim”. Choose the source and add it.';
    });
  }

  function light(claimId, on) {
    document.querySelectorAll('.hl, .hl-cue, .hl-source').forEach(function (el) {
      if ((' ' + el.getAttribute('data-claims') + ' ').indexOf(' ' + claimId + ' ') >= 0) el.classList.toggle('is-active', on);
    });
    var card = document.getElementById('claim-' + claimId);
    if (card) card.classList.toggle('is-active', on);
  }
  document.querySelectorAll('.claim-card').forEach(function (card) {
    var id = card.id.replace('claim-', '');
    card.addEventListener('mouseenter', function () { light(id, true); });
    card.addEventListener('mouseleave', function () { light(id, false); });
  });
})();
