/** Merchant copy too long to sit inline: a full buying guide, and a supplier feed's unsafe HTML. */

/** Several paragraphs, two lists, a table and a heading: what a merchant's richest description looks like. */
export const COLD_FRAME_DESCRIPTION = [
  '<h2>A greenhouse for the smallest garden</h2>',
  '<p>The Cedar Cold Frame extends your growing season by six weeks at each end. Western red cedar weathers to',
  'a soft silver and needs no treatment; the twin-wall polycarbonate lids trap the day’s warmth and let 83% of',
  'the light through, so seedlings grow sturdy rather than leggy.</p>',
  '<p>Sow salad leaves in February, harden off tomatoes and chillies in April, and keep winter herbs going',
  'long after the first frosts. The lids prop open at three heights on brass stays, and lift off entirely in',
  'high summer.</p>',
  '<h3>In the box</h3>',
  '<ul><li>Four pre-drilled cedar side panels</li><li>Two hinged polycarbonate lids</li>',
  '<li>Brass stays, hinges and stainless screws</li><li>A printed planting calendar</li></ul>',
  '<h3>Putting it together</h3>',
  '<ol><li>Level the ground and lay the base frame.</li><li>Screw the side panels to the corner posts.</li>',
  '<li>Hang the lids and fit the stays.</li><li>Fill with compost to 10 cm below the rim.</li></ol>',
  '<p>Assembly takes about forty minutes with a screwdriver. No glue, no drill, no swearing.</p>',
  '<table><caption>Sizes</caption><thead><tr><th>Size</th><th>Footprint</th><th>Height (front / back)</th>',
  '<th>Weight</th></tr></thead><tbody>',
  '<tr><td>Compact</td><td>100 × 60 cm</td><td>30 / 45 cm</td><td>14 kg</td></tr>',
  '<tr><td>Family</td><td>150 × 80 cm</td><td>32 / 50 cm</td><td>21 kg</td></tr>',
  '</tbody></table>',
  '<p><strong>Please note:</strong> cedar is a natural material; knots and colour variation are part of its',
  'character and not a defect. Store the lids flat over winter if you expect heavy snow.</p>',
].join('\n');

/**
 * A description pasted from a supplier feed with everything a sanitiser must strip: a script, an
 * event handler, a javascript: link and an iframe, around ordinary copy that must survive.
 */
export const SUPPLIER_FEED_DESCRIPTION = [
  '<p>Moso bamboo tray with raised edges, finished with food-safe oil.</p>',
  '<script>alert("xss: script tag")</script>',
  '<img src="x" onerror="alert(\'xss: onerror\')" alt="tray">',
  '<p>See the <a href="javascript:alert(\'xss: link\')">care guide</a> for oiling tips.</p>',
  '<iframe src="https://evil.example/embed" width="600" height="400"></iframe>',
  '<p onmouseover="alert(\'xss: handler\')">Measures 45 × 30 cm.</p>',
].join('\n');
