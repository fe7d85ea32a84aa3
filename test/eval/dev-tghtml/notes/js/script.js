// stub of Telegram Desktop's export script
function CheckLocation() { return true; }
function ShowHashtag(tag) { return false; }
function GoToMessage(id) { var el = document.getElementById("message" + id); if (el) { el.scrollIntoView(); } return false; }
function ShowSpoiler(el) { el.classList.remove("hidden"); }
