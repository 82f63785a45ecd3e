// Draws a vote's world map: each country coloured by the ballot its state cast, read from the table of
// ballots beside the map (rows with data-m49 and data-option). The countries are world-atlas's, bundled with
// the server and keyed by ISO 3166-1 numeric codes, which are the UN M49 codes the states carry.
(function () {
  'use strict';
  var SVG = 'http://www.w3.org/2000/svg';
  var figure = document.querySelector('figure.vote-map');
  if (!figure) {
    return;
  }
  var ballots = {};
  document.querySelectorAll('table.ballots tbody tr[data-m49]').forEach(function (row) {
    if (row.dataset.m49) {
      ballots[row.dataset.m49] = { option: row.dataset.option, text: row.textContent.trim().replace(/\s+/g, ' ') };
    }
  });
  fetch(figure.dataset.atlas).then(function (response) {
    if (!response.ok) {
      throw new Error('the map data answered ' + response.status);
    }
    return response.json();
  }).then(function (world) {
    var countries = topojson.feature(world, world.objects.countries);
    var width = 960;
    var height = 480;
    var projection = d3.geoEqualEarth().fitSize([width, height], { type: 'Sphere' });
    var path = d3.geoPath(projection);
    var svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    svg.setAttribute('role', 'img');
    var sphere = document.createElementNS(SVG, 'path');
    sphere.setAttribute('d', path({ type: 'Sphere' }));
    sphere.setAttribute('class', 'sphere');
    svg.appendChild(sphere);
    countries.features.forEach(function (country) {
      var shape = document.createElementNS(SVG, 'path');
      var ballot = country.id ? ballots[country.id] : undefined;
      shape.setAttribute('d', path(country));
      shape.setAttribute('class', 'country ' + (ballot ? 'option-' + ballot.option : 'no-ballot'));
      if (country.id) {
        shape.setAttribute('data-m49', country.id);
      }
      var title = document.createElementNS(SVG, 'title');
      title.textContent = (country.properties && country.properties.name ? country.properties.name : '') + (ballot ? ': ' + ballot.option : ': no ballot recorded');
      shape.appendChild(title);
      svg.appendChild(shape);
    });
    figure.querySelector('.map').appendChild(svg);
    figure.dataset.drawn = 'true';
  }).catch(function (error) {
    figure.dataset.drawn = 'failed';
    figure.querySelector('.map').textContent = 'The map could not be drawn: ' + error.message;
  });
})();
