export default function CountriesPage() {
  return <p>CountriesPage</p>;
}
