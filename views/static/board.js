// Dispute board enhancements (the board works without them): drag a card to another
// column, keyboard shortcuts (j/k between cards, h/l move the focused card, 1–6 set
// credibility, ? shows help), and a picker filter. Every action posts the endpoint of a form
// the page shows for the focused card (with its CSRF token), then swaps in the board from
// the response.
(function () {
  'use strict';
  var root = document.getElementById('main');

  function cards() { return Array.prototype.slice.call(document.querySelectorAll('.bcard')); }
  function columns() { return Array.prototype.slice.call(document.querySelectorAll('.column')); }

  // Loads a board URL (GET, or POST of a form body), then replaces the page's main content
  // with the answer (the board after a redirect, or re-rendered with a 400/409 message),
  // keeping focus on the card.
  function swap(url, body, focusId) {
    var init = { credentials: 'same-origin', headers: { Accept: 'text/html' } };
    if (body) { init.method = 'POST'; init.body = body; }
    return window.fetch(url, init)
      .then(function (res) { return res.text(); })
      .then(function (html) {
        var doc = new window.DOMParser().parseFromString(html, 'text/html');
        var fresh = doc.getElementById('main');
        if (!fresh) { window.location.reload(); return; }
        root.innerHTML = fresh.innerHTML;
        bind();
        var el = focusId && document.getElementById(focusId);
        if (el) el.focus();
        var alert = root.querySelector('.alert');
        if (alert) alert.scrollIntoView({ block: 'center' });
      })
      .catch(function () { window.location.reload(); });
  }

  // The card forms are only on the page for the focused card, so shortcuts and drag post
  // the same endpoints with the versions the card carries.
  function post(path, fields, focusId) {
    var board = document.getElementById('board');
    if (!board || !board.dataset.csrf) return;
    var body = new window.URLSearchParams(fields);
    body.set('_csrf', board.dataset.csrf);
    swap('/disputes/' + board.dataset.dispute + path, body, focusId);
  }

  function moveTo(card, positionId) {
    if (!card.dataset.placementVersion || String(positionId) === card.dataset.position) return;
    post('/cards/' + card.dataset.placement + '/move', { version: card.dataset.placementVersion, positionId: String(positionId) }, card.id);
  }

  function grade(card, n) {
    if (!card.dataset.claimVersion) return;
    post('/claims/' + card.dataset.claim + '/grade', { version: card.dataset.claimVersion, credibility: String(n), confidence: card.dataset.confidence || '' }, card.id);
  }

  // "Move or grade", "Close" and "Add claims to the board" load the board with a card's
  // forms or the picker in place; focus goes to the card or to data-focus.
  function bindTools() {
    root.querySelectorAll('a.js-tools').forEach(function (a) {
      a.addEventListener('click', function (e) {
        var card = a.closest('.bcard');
        e.preventDefault();
        swap(a.href, null, a.dataset.focus || (card && card.id));
      });
    });
  }

  function bindDrag() {
    cards().forEach(function (card) {
      if (card.getAttribute('draggable') !== 'true') return;
      card.addEventListener('dragstart', function (e) {
        e.dataTransfer.setData('text/plain', card.id);
        e.dataTransfer.effectAllowed = 'move';
        card.classList.add('is-dragging');
      });
      card.addEventListener('dragend', function () { card.classList.remove('is-dragging'); });
    });
    columns().forEach(function (col) {
      col.addEventListener('dragover', function (e) { e.preventDefault(); col.classList.add('is-drop-target'); });
      col.addEventListener('dragleave', function () { col.classList.remove('is-drop-target'); });
      col.addEventListener('drop', function (e) {
        e.preventDefault();
        col.classList.remove('is-drop-target');
        var card = document.getElementById(e.dataTransfer.getData('text/plain'));
        if (card) moveTo(card, col.dataset.position);
      });
    });
  }

  function bindFilter() {
    var input = document.querySelector('.js-filter');
    if (!input) return;
    input.addEventListener('input', function () {
      var q = input.value.trim().toLowerCase();
      document.querySelectorAll('.picker-item').forEach(function (item) {
        item.hidden = q !== '' && item.textContent.toLowerCase().indexOf(q) < 0;
      });
    });
  }

  function bind() {
    bindTools();
    bindDrag();
    bindFilter();
  }

  document.addEventListener('keydown', function (e) {
    var t = e.target;
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable)) return;
    var list = cards();
    var card = t && t.closest ? t.closest('.bcard') : null;
    var i = card ? list.indexOf(card) : -1;
    if (e.key === '?') {
      var help = document.getElementById('shortcuts');
      if (help) { help.open = !help.open; help.scrollIntoView({ block: 'nearest' }); }
    } else if (e.key === 'j' || e.key === 'k') {
      var next = list[e.key === 'j' ? Math.min(list.length - 1, i + 1) : Math.max(0, i - 1)];
      if (next) next.focus();
    } else if ((e.key === 'h' || e.key === 'l') && card) {
      var cols = columns();
      var at = cols.indexOf(card.closest('.column'));
      var to = cols[at + (e.key === 'h' ? -1 : 1)];
      if (to) moveTo(card, to.dataset.position);
    } else if (/^[1-6]$/.test(e.key) && card) {
      grade(card, Number(e.key));
    } else {
      return;
    }
    e.preventDefault();
  });

  bind();
})();
