export default function OccupationPage() {
  return <p>OccupationPage</p>;
}
