// The annex-01 import page: a dry run on every change, the commit only when the dry run found no error.
(function () {
  'use strict';

  const form = document.getElementById('import-form');
  const fileInput = document.getElementById('import-file');
  const columnsSection = document.getElementById('import-columns');
  const columnRows = document.getElementById('import-column-rows');
  const targetTemplate = document.getElementById('import-target-template');
  const resultSection = document.getElementById('import-result');
  const summary = document.getElementById('import-summary');
  const problemRows = document.getElementById('import-problems');
  const commitButton = document.getElementById('import-commit');
  let mapping = {};

  function csrfToken() {
    const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
    return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
  }

  function send(path) {
    const body = new FormData();
    body.append('file', fileInput.files[0]);
    body.append('mapping', JSON.stringify(mapping));
    return fetch(path, {
      method: 'POST',
      body: body,
      credentials: 'same-origin',
      headers: { 'X-XSRF-TOKEN': csrfToken(), Accept: 'application/json' },
    }).then((response) => response.json()
      .catch(() => ({ detail: 'Máy chủ trả lời ' + response.status + '. Hãy đăng nhập lại rồi thử lại.' }))
      .then((json) => ({ status: response.status, json: json })));
  }

  function cell(row, text) {
    const td = document.createElement('td');
    td.textContent = text === null || text === undefined ? '' : String(text);
    row.appendChild(td);
    return td;
  }

  function showColumns(report) {
    columnRows.replaceChildren();
    (report.columns || []).forEach((column) => {
      const row = document.createElement('tr');
      cell(row, column.header);
      const select = targetTemplate.cloneNode(true);
      select.removeAttribute('id');
      select.hidden = false;
      select.value = column.target || '';
      select.addEventListener('change', () => {
        mapping[column.header] = select.value;
        check();
      });
      cell(row, '').appendChild(select);
      columnRows.appendChild(row);
    });
    columnsSection.hidden = (report.columns || []).length === 0;
  }

  function showProblems(problems) {
    problemRows.replaceChildren();
    problems.forEach((problem) => {
      const row = document.createElement('tr');
      row.className = problem.severity === 'ERROR' ? 'import-error' : 'import-warning';
      cell(row, problem.row === null ? 'Cả tệp' : problem.row);
      cell(row, problem.column);
      cell(row, problem.severity === 'ERROR' ? 'Lỗi' : 'Lưu ý');
      cell(row, problem.message);
      problemRows.appendChild(row);
    });
  }

  function showReport(report) {
    showColumns(report);
    showProblems(report.problems || []);
    summary.className = report.committable ? 'notice' : 'notice error';
    summary.textContent = report.rows.length + ' dòng dữ liệu (tiêu đề ở dòng ' + (report.headerRow || '?') + '), '
        + report.errorCount + ' lỗi, ' + report.warningCount + ' lưu ý.'
        + (report.committable ? ' Có thể nhập.' : ' Hãy sửa các lỗi trong tệp hoặc phần ghép cột rồi kiểm tra lại.');
    commitButton.disabled = !report.committable;
    resultSection.hidden = false;
  }

  function showFailure(json) {
    summary.className = 'notice error';
    summary.textContent = json.detail || 'Không kiểm tra được tệp.';
    problemRows.replaceChildren();
    commitButton.disabled = true;
    resultSection.hidden = false;
  }

  function check() {
    if (!fileInput.files.length) {
      return;
    }
    send('/api/imports/annex-01/dry-run').then((answer) => {
      if (answer.status === 200) {
        showReport(answer.json);
      } else {
        showFailure(answer.json);
      }
    }, () => showFailure({ detail: 'Không gửi được tệp. Hãy kiểm tra kết nối rồi thử lại.' }));
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    mapping = {};
    check();
  });

  commitButton.addEventListener('click', () => {
    commitButton.disabled = true;
    send('/api/imports/annex-01').then((answer) => {
      if (answer.status === 201) {
        summary.className = 'notice';
        summary.textContent = 'Đã nhập ' + answer.json.registered + ' mô hình ở trạng thái bản nháp.';
        showProblems([]);
      } else if (answer.json.report) {
        showReport(answer.json.report);
      } else {
        showFailure(answer.json);
      }
    }, () => showFailure({ detail: 'Không gửi được tệp. Hãy kiểm tra kết nối rồi thử lại.' }));
  });
})();
