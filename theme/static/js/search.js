/* Search page: a small Vietnamese interface over Pagefind's JavaScript API.
   Loaded on the search page only; everything comes from this site (no CDN). */
const FILTERS = [
  // [Pagefind filter name (set in article.html), URL parameter]
  ["Văn bản", "van-ban"],
  ["Năm", "nam"],
  ["Chuyên mục", "chuyen-muc"],
];
const MAX_RESULTS = 30;

const script = document.querySelector("script[data-bundle]");
const bundle = new URL(script.dataset.bundle, document.baseURI);
const form = document.getElementById("tim-kiem");
const input = document.getElementById("tu-khoa-tim");
const filtersBox = document.getElementById("bo-loc");
const statusLine = document.getElementById("trang-thai");
const list = document.getElementById("ket-qua");

function element(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function renderFilters(available, params) {
  let n = 0;
  for (const [name, param] of FILTERS) {
    const values = available[name];
    if (!values || !Object.keys(values).length) continue;
    const chosen = new Set(params.getAll(param));
    const box = element("fieldset", { class: "filter-group" }, element("legend", {}, name));
    const names = Object.keys(values).sort((a, b) =>
      param === "nam" ? b.localeCompare(a) : a.localeCompare(b, "vi", { numeric: true }),
    );
    for (const value of names) {
      const id = `loc-${param}-${n++}`;
      const checkbox = element("input", { type: "checkbox", id, name: param, value });
      checkbox.dataset.filter = name;
      checkbox.checked = chosen.has(value);
      box.append(
        element("div", { class: "filter-option" }, checkbox,
          element("label", { for: id }, `${value} (${values[value]})`)),
      );
    }
    filtersBox.append(box);
  }
  filtersBox.hidden = filtersBox.childElementCount === 0;
}

function chosenFilters() {
  const filters = {};
  for (const box of filtersBox.querySelectorAll("input[type=checkbox]:checked")) {
    (filters[box.dataset.filter] ||= { any: [] }).any.push(box.value);
  }
  return filters;
}

function remember(query) {
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  for (const box of filtersBox.querySelectorAll("input[type=checkbox]:checked")) {
    params.append(box.name, box.value);
  }
  const search = params.toString();
  history.replaceState(null, "", search ? `?${search}` : location.pathname);
}

function renderResult(data) {
  const title = data.meta.title || data.url;
  const item = element("li", { class: "search-result" },
    element("h2", { class: "result-title" }, element("a", { href: data.url }, title)));
  if (data.meta.ngay) item.append(element("p", { class: "meta" }, data.meta.ngay));
  const excerpt = element("p", { class: "result-excerpt" });
  excerpt.innerHTML = data.excerpt; // Pagefind escapes the text and adds only <mark>
  item.append(excerpt);
  return item;
}

async function main() {
  let pagefind;
  try {
    pagefind = await import(new URL("pagefind.js", bundle).href);
    await pagefind.options({ baseUrl: new URL("..", bundle).pathname });
  } catch (error) {
    statusLine.textContent = "Không tải được bộ tìm kiếm. Mời bạn duyệt theo lưu trữ hoặc chuyên mục.";
    return;
  }
  const params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  renderFilters(await pagefind.filters(), params);

  let latest = 0;
  async function run() {
    const query = input.value.trim();
    const filters = chosenFilters();
    remember(query);
    const ticket = ++latest;
    if (!query && !Object.keys(filters).length) {
      list.replaceChildren();
      statusLine.textContent = "";
      return;
    }
    const search = await pagefind.search(query || null, {
      filters,
      sort: query ? undefined : { ngay: "desc" },
    });
    const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (ticket !== latest) return; // a newer search has started
    list.replaceChildren(...data.map(renderResult));
    const count = search.results.length;
    const what = query ? ` cho “${query}”` : "";
    statusLine.textContent = count
      ? `Tìm thấy ${count} bài viết${what}.`
      : `Không tìm thấy bài viết nào${what}. Thử gõ từ khóa khác hoặc bỏ bớt bộ lọc.`;
  }

  let timer;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(run, 250);
  });
  filtersBox.addEventListener("change", run);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    run();
  });
  form.dataset.ready = "true";
  await run();
}

main();
