/** What the colours and borders of the timeline mean. */
export function Legend() {
  return (
    <div class="legend" aria-label="Legend" role="group">
      <span class="legend-title">Status</span>
      <span class="legend-item">
        <span class="swatch status-occurred" /> Occurred
      </span>
      <span class="legend-item">
        <span class="swatch status-scheduled" /> Scheduled
      </span>
      <span class="legend-item">
        <span class="swatch status-possible" /> Possible
      </span>
      <span class="legend-item">
        <span class="swatch status-cancelled" /> <s>Cancelled</s>
      </span>
      <span class="legend-title">Date</span>
      <span class="legend-item">
        <span class="swatch certainty-exact" /> Exact
      </span>
      <span class="legend-item">
        <span class="swatch certainty-approximate" /> ≈ Approximate
      </span>
      <span class="legend-item">
        <span class="swatch certainty-uncertain" /> ? Uncertain
      </span>
    </div>
  );
}
