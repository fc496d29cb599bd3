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
  // A form being sent: disable its button so a slow upload is not sent twice.
  document.querySelectorAll('form').forEach(function (form) {
    form.addEventListener('submit', function () {
      var b = form.querySelector('button[type=submit]');
      if (b && form.enctype === 'multipart/form-data') {
        setTimeout(function () { b.disabled = true; b.textContent = '正在处理…'; }, 0);
      }
    });
  });
}());
