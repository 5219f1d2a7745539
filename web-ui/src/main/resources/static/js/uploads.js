// Uploads go from this page straight to object storage, in parts, through URLs the site signs; the site never
// receives the file. Storage knows which parts arrived, so after a dropped connection or a reload only the missing
// parts are sent again.

const PARALLEL_PARTS = 3;
const RETRIES = 5;
const form = document.getElementById('upload-form');
const list = document.getElementById('upload-list');
const fileInput = document.getElementById('upload-file');
const kindInput = document.getElementById('upload-kind');

class UploadProblem extends Error {
  constructor(message, status, body) {
    super(message);
    this.status = status;
    this.body = body;
  }
}

// The upload id per file, so choosing the same file again after a reload continues it.
function rememberedKey(file) {
  return `dvk-upload:${file.name}:${file.size}:${file.lastModified}`;
}

async function api(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') headers['X-XSRF-TOKEN'] = form.dataset.csrf;
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 204) return null;
  const json = await response.json().catch(() => null);
  if (!response.ok) {
    const message = (json && json.detail) || `Máy chủ trả lời lỗi ${response.status}.`;
    throw new UploadProblem(message, response.status, json);
  }
  return json;
}

// One part, PUT with XMLHttpRequest because fetch reports no upload progress.
function putPart(url, blob, onProgress) {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('PUT', url);
    request.upload.onprogress = (event) => onProgress(event.loaded);
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) resolve();
      else reject(new UploadProblem(`Kho lưu trữ từ chối phần tệp (mã ${request.status}).`, request.status));
    };
    request.onerror = () => reject(new UploadProblem('Mất kết nối tới kho lưu trữ.', 0));
    request.send(blob);
  });
}

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function view(file) {
  const item = document.createElement('article');
  item.className = 'upload-item';
  const name = document.createElement('p');
  name.className = 'upload-name';
  name.textContent = file.name;
  const bar = document.createElement('progress');
  bar.className = 'upload-progress';
  bar.max = 100;
  bar.value = 0;
  const label = document.createElement('span');
  label.className = 'upload-percent';
  label.textContent = '0%';
  const status = document.createElement('p');
  status.className = 'upload-status';
  status.textContent = 'Đang tải lên…';
  item.append(name, bar, label, status);
  list.prepend(item);
  return {
    progress(fraction) {
      const percent = Math.min(100, Math.floor(fraction * 100));
      bar.value = percent;
      label.textContent = `${percent}%`;
    },
    status(text, failed = false) {
      status.textContent = text;
      item.classList.toggle('upload-failed', failed);
    },
    done(completion) {
      bar.value = 100;
      label.textContent = '100%';
      status.textContent = 'Đã tải xong';
      item.classList.add('upload-done');
      if (completion.thumbnail) {
        const image = document.createElement('img');
        image.className = 'upload-thumbnail';
        image.alt = file.name;
        image.src = completion.thumbnail;
        item.append(image);
      }
      if (completion.gps) {
        const where = document.createElement('p');
        where.className = 'upload-gps';
        where.textContent = `Ảnh có toạ độ chụp: ${completion.gps.latitude.toFixed(6)}, `
          + `${completion.gps.longitude.toFixed(6)} (có thể dùng làm vị trí của mô hình).`;
        item.append(where);
      }
    },
  };
}

// The upload this file had before (if storage still takes it), or a new one.
async function session(file, kind) {
  const key = rememberedKey(file);
  const remembered = localStorage.getItem(key);
  if (remembered) {
    try {
      const status = await api('GET', `/api/uploads/${remembered}`);
      if (status.state === 'STARTED' && status.kind === kind) {
        return { id: remembered, partSize: status.partSize, partCount: status.partCount, uploaded: status.uploadedParts };
      }
      // Every part arrived before; only the check was cut off. Completing again finishes it.
      if (status.state === 'COMPLETING' && status.kind === kind) {
        const all = Array.from({ length: status.partCount }, (_, i) => i + 1);
        return { id: remembered, partSize: status.partSize, partCount: status.partCount, uploaded: all };
      }
    } catch (problem) {
      if (!(problem instanceof UploadProblem) || problem.status >= 500) throw problem;
    }
    localStorage.removeItem(key);
  }
  const started = await api('POST', '/api/uploads', { kind, fileName: file.name, size: file.size });
  localStorage.setItem(key, started.id);
  return { ...started, uploaded: [] };
}

// Storage briefly down, or the check still running elsewhere (503): ask again; the parts stay where they are.
async function complete(id) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await api('POST', `/api/uploads/${id}/completion`);
    } catch (problem) {
      if (!(problem instanceof UploadProblem) || problem.status !== 503 || attempt >= RETRIES) throw problem;
      await pause(Math.min(30000, 2000 * 2 ** attempt));
    }
  }
}

async function upload(file, kind) {
  const shown = view(file);
  try {
    const upload = await session(file, kind);
    const partBytes = (n) => Math.min(upload.partSize, file.size - (n - 1) * upload.partSize);
    const sent = new Map();
    for (const n of upload.uploaded) sent.set(n, partBytes(n));
    const report = () => shown.progress([...sent.values()].reduce((a, b) => a + b, 0) / file.size);
    report();
    if (upload.uploaded.length > 0) shown.status('Đang tải tiếp phần còn thiếu…');

    const missing = [];
    for (let n = 1; n <= upload.partCount; n++) if (!upload.uploaded.includes(n)) missing.push(n);

    async function sendPart(n) {
      for (let attempt = 0; ; attempt++) {
        try {
          // A fresh URL per attempt: a signed URL may have expired during a long wait.
          const { urls } = await api('POST', `/api/uploads/${upload.id}/part-urls`, { parts: [n] });
          const from = (n - 1) * upload.partSize;
          await putPart(urls[n], file.slice(from, from + partBytes(n)), (loaded) => {
            sent.set(n, loaded);
            report();
          });
          sent.set(n, partBytes(n));
          report();
          return;
        } catch (problem) {
          sent.set(n, 0);
          report();
          if (attempt >= RETRIES || (problem.status >= 400 && problem.status < 500 && problem.status !== 403)) {
            throw problem;
          }
          shown.status(`Mất kết nối, đang thử lại (lần ${attempt + 1})…`);
          await pause(Math.min(30000, 1000 * 2 ** attempt));
          shown.status('Đang tải lên…');
        }
      }
    }

    const queue = [...missing];
    const workers = Array.from({ length: Math.min(PARALLEL_PARTS, queue.length) }, async () => {
      while (queue.length > 0) await sendPart(queue.shift());
    });
    await Promise.all(workers);

    shown.status('Đang kiểm tra tệp…');
    const completion = await complete(upload.id);
    localStorage.removeItem(rememberedKey(file));
    shown.done(completion);
  } catch (problem) {
    // Refused content, or an upload that can no longer go on: choosing the file again must start afresh.
    const closed = problem.status === 409 && !(problem.body && problem.body.missingParts);
    if (problem instanceof UploadProblem && (problem.status === 415 || closed)) {
      localStorage.removeItem(rememberedKey(file));
    }
    shown.status(`Không tải lên được: ${problem.message}`, true);
  }
}

fileInput.addEventListener('change', () => {
  for (const file of fileInput.files) upload(file, kindInput.value);
  fileInput.value = '';
});
