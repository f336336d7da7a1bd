// The baseline: the smallest App Router page, built with the same next and react as Obrol.
export default function Page() {
  return <main>Hello</main>;
}
