export default function CountryPage() {
  return <p>CountryPage</p>;
}
