/** The application shell (the explorer is filled in by issue 4). */
export function App() {
  return (
    <main className="p-6">
      <h1 className="text-2xl font-semibold">Fabula</h1>
    </main>
  );
}
