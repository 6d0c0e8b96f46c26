(function () {
  "use strict";
  var video = document.getElementById("movie");
  var note = document.getElementById("cannot-play");
  var strip = document.getElementById("strip");
  var links = document.querySelectorAll("a[data-seek]");
  if (!video) {
    return;
  }
  var playable = true;

  function clock(seconds) {
    var s = Math.floor(seconds), h = Math.floor(s / 3600), m = Math.floor(s / 60) % 60;
    return h + ":" + (m < 10 ? "0" : "") + m + ":" + (s % 60 < 10 ? "0" : "") + (s % 60);
  }

  function cannotPlay(why) {
    if (!playable) {
      return;
    }
    playable = false;
    video.pause();
    video.hidden = true;
    note.querySelector(".why").textContent = why;
    note.hidden = false;
    for (var i = 0; i < links.length; i++) {
      links[i].removeAttribute("href");
    }
    if (strip) {
      strip.classList.remove("seekable");
      strip.removeAttribute("role");
      strip.removeAttribute("tabindex");
    }
  }

  var type = video.getAttribute("data-type");
  var description = video.getAttribute("data-description");
  if (type && video.canPlayType(type) === "") {
    cannotPlay(description + "; this browser cannot decode it");
  }
  var sources = video.getElementsByTagName("source");
  var notFound = description + "; this browser cannot decode it, or the movie is no longer at "
      + Array.prototype.map.call(sources, function (s) { return decodeURI(s.getAttribute("src")); }).join(" or ");
  if (sources.length) {
    sources[sources.length - 1].addEventListener("error", function () { cannotPlay(notFound); });
  }
  video.addEventListener("error", function () {
    cannotPlay(description + "; " + (video.error && video.error.message ? video.error.message : "it cannot be decoded"));
  });

  // A container the browser reads may hold a picture it cannot decode: it then plays the sound alone.
  video.addEventListener("loadedmetadata", function () {
    if (video.videoWidth === 0) {
      cannotPlay(description + "; this browser decodes its sound but not its picture");
    }
  });

  // What happened before this script ran (it runs after the player has started loading).
  if (video.error) {
    cannotPlay(notFound);
  } else if (video.readyState >= video.HAVE_METADATA && video.videoWidth === 0) {
    cannotPlay(description + "; this browser decodes its sound but not its picture");
  }

  function seek(seconds) {
    if (!playable) {
      return false;
    }
    var end = isFinite(video.duration) ? video.duration : Number(video.getAttribute("data-seconds"));
    video.currentTime = Math.max(0, Math.min(seconds, end));
    return true;
  }

  for (var i = 0; i < links.length; i++) {
    links[i].addEventListener("click", function (event) {
      if (seek(Number(this.getAttribute("data-seek")))) {
        event.preventDefault();
        video.scrollIntoView({block: "nearest"});
      }
    });
  }

  if (!strip || !playable) {
    return;
  }
  var left = Number(strip.getAttribute("data-left"));
  var plot = Number(strip.getAttribute("data-plot"));
  var width = Number(strip.getAttribute("data-width"));
  var seconds = Number(strip.getAttribute("data-seconds"));
  var playhead = strip.querySelector(".playhead");
  strip.classList.add("seekable");
  strip.setAttribute("role", "slider");
  strip.setAttribute("tabindex", "0");
  strip.setAttribute("aria-label", "Position in the film: click or use the arrow keys to seek");
  strip.setAttribute("aria-valuemin", "0");
  strip.setAttribute("aria-valuemax", String(seconds));

  function show(time) {
    strip.setAttribute("aria-valuenow", String(Math.round(time)));
    strip.setAttribute("aria-valuetext", clock(time));
    playhead.style.left = (100 * (left + plot * time / seconds) / width) + "%";
    playhead.hidden = false;
  }

  strip.addEventListener("click", function (event) {
    var box = strip.getBoundingClientRect();
    var x = (event.clientX - box.left) * width / box.width;
    seek(Math.max(0, Math.min(seconds, (x - left) / plot * seconds)));
  });
  strip.addEventListener("keydown", function (event) {
    var steps = {ArrowLeft: -5, ArrowRight: 5, ArrowDown: -5, ArrowUp: 5, PageDown: -60, PageUp: 60};
    if (event.key in steps) {
      seek(video.currentTime + steps[event.key]);
    } else if (event.key === "Home") {
      seek(0);
    } else if (event.key === "End") {
      seek(seconds);
    } else {
      return;
    }
    event.preventDefault();
  });
  video.addEventListener("timeupdate", function () { show(video.currentTime); });
  video.addEventListener("seeking", function () { show(video.currentTime); });
  show(0);
})();
