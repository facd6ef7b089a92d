export default function OccupationsPage() {
  return <p>OccupationsPage</p>;
}
