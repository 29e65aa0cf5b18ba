/**
 * Shown when no language file could be loaded: with no texts to translate, this message is the one
 * place with fixed wording, in German and English.
 */
export function LoadFailed() {
  return (
    <main className="fam-boot">
      <p lang="de">Die Seite konnte nicht geladen werden. Bitte lade sie neu. Im Notfall: 110 oder 112.</p>
      <p lang="en">The page could not be loaded. Please reload it. In an emergency: call 110 or 112.</p>
    </main>
  );
}
