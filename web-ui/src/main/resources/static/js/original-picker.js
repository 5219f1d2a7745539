// Suggests published models for the "replicates" field from the public search as the contributor types; the field
// takes a model's address, so the form works the same without this script.
(function () {
    const input = document.getElementById('original');
    const options = document.getElementById('original-options');
    if (!input || !options) {
        return;
    }
    let asked = '';
    let timer = null;
    input.addEventListener('input', () => {
        clearTimeout(timer);
        const text = input.value.trim();
        if (text.length < 3 || text.startsWith('/') || text === asked) {
            return;
        }
        timer = setTimeout(() => suggest(text), 250);
    });

    function suggest(text) {
        asked = text;
        fetch('/api/search/models?size=8&q=' + encodeURIComponent(text), {headers: {Accept: 'application/json'}})
            .then(response => response.ok ? response.json() : {models: []})
            .then(results => {
                if (asked !== text) {
                    return;
                }
                options.replaceChildren(...results.models.map(model => {
                    const option = document.createElement('option');
                    option.value = '/mo-hinh/' + model.slug;
                    option.label = model.name + ' – ' + model.commune + ', ' + model.province;
                    return option;
                }));
            })
            .catch(() => options.replaceChildren());
    }
})();
