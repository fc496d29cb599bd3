// nianbao serve: the only script (no inline scripts anywhere; the CSP forbids them).
(function () {
  'use strict';
  // "复制表格": the links table as tab-separated text, which Excel, WPS and chat windows paste as a table.
  document.querySelectorAll('[data-copy]').forEach(function (button) {
    button.addEventListener('click', function () {
      var table = document.getElementById(button.getAttribute('data-copy'));
      if (!table) { return; }
      var lines = [];
      table.querySelectorAll('tr').forEach(function (tr) {
        var cells = [];
        tr.querySelectorAll('th,td').forEach(function (c) { cells.push(c.textContent.trim()); });
        lines.push(cells.join('\t'));
      });
      var text = lines.join('\n');
      var done = function () {
        var note = document.getElementById('copied');
        if (note) { note.hidden = false; }
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(done, function () { fallback(text); done(); });
      } else {
        fallback(text);
        done();
      }
    });
  });
  function fallback(text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'absolute';
    area.style.left = '-9999px';
    document.body.appendChild(area);
    area.select();
    try { document.execCommand('copy'); } catch (e) { /* the table stays selectable by hand */ }
    document.body.removeChild(area);
  }
  // A form being sent: disable its button so a slow upload is not sent twice. A form whose answer is
  // a file to save (data-download) leaves the page where it is, so its button comes back once the file
  // has arrived: the server answers with the cookie nb_dl set to the random mark the form sent.
  document.querySelectorAll('form').forEach(function (form) {
    form.addEventListener('submit', function () {
      var b = form.querySelector('button[type=submit]');
      if (!b || form.enctype !== 'multipart/form-data') { return; }
      b.setAttribute('data-label', b.textContent);
      var field = form.querySelector('input[name=_dl]');
      var mark = form.hasAttribute('data-download') && field ? newMark() : null;
      if (mark) { field.value = mark; }
      setTimeout(function () { b.disabled = true; b.textContent = '正在处理…'; }, 0);
      if (mark) {
        var started = Date.now();
        var timer = setInterval(function () {
          if (document.cookie.indexOf('nb_dl=' + mark) >= 0 || Date.now() - started > 120000) {
            clearInterval(timer);
            document.cookie = 'nb_dl=; Max-Age=0; Path=/; SameSite=Strict';
            restore(b);
          }
        }, 250);
      }
    });
  });
  // Back to a page the browser kept (the back button): its buttons as they were before sending.
  window.addEventListener('pageshow', function (e) {
    if (e.persisted) { document.querySelectorAll('button[data-label]').forEach(restore); }
  });
  function restore(b) {
    b.disabled = false;
    b.textContent = b.getAttribute('data-label');
  }
  function newMark() {
    var a = new Uint8Array(12);
    window.crypto.getRandomValues(a);
    return Array.prototype.map.call(a, function (x) { return (x < 16 ? '0' : '') + x.toString(16); }).join('');
  }
}());
