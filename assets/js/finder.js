// The finder's enhancements; every journey works without them.
//
// "Use my location": asks the browser where the reader is, fills the form's hidden
// latitude and longitude (rounded to about 100 metres, which is all a finder needs) and
// submits; the server checks them like any other input. The button shows only where the
// browser can answer. On the print view, a "Print this list" button.

const ROUND = 1000;

function setHidden(form, name, value) {
  let input = form.querySelector(`input[type="hidden"][name="${name}"]`);
  if (!input) {
    input = document.createElement("input");
    input.type = "hidden";
    input.name = name;
    form.append(input);
  }
  input.value = value;
}

function enhanceLocation(form) {
  const block = form.querySelector("[data-finder-locate]");
  const button = form.querySelector("[data-finder-locate-button]");
  const status = form.querySelector("[data-finder-locate-status]");
  if (!block || !button || !("geolocation" in navigator)) {
    return;
  }
  block.hidden = false;
  button.addEventListener("click", () => {
    button.disabled = true;
    status.textContent = status.dataset.finding;
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const { latitude, longitude } = position.coords;
        setHidden(form, "lat", (Math.round(latitude * ROUND) / ROUND).toString());
        setHidden(form, "lng", (Math.round(longitude * ROUND) / ROUND).toString());
        // The browser's location replaces a postcode or town chosen before.
        const postcode = form.querySelector('input[name="postcode"]');
        const area = form.querySelector('select[name="area"]');
        if (postcode) postcode.value = "";
        if (area) area.value = "";
        form.submit();
      },
      () => {
        button.disabled = false;
        status.textContent = status.dataset.failed;
      },
      { enableHighAccuracy: false, timeout: 10000, maximumAge: 300000 },
    );
  });
}

function enhancePrint() {
  const button = document.querySelector("[data-finder-print]");
  if (!button || typeof window.print !== "function") {
    return;
  }
  button.hidden = false;
  button.addEventListener("click", () => window.print());
}

document.querySelectorAll("[data-finder-form]").forEach(enhanceLocation);
enhancePrint();
