/** Stands in for the provider's name while the sentence is translated; never part of a text. */
const SLOT = '\u2063';

/**
 * A translated sentence with the provider's name in it. The name is data (German, left to right): in
 * <bdi> it keeps its own order, so "e. V." does not wander to the other end of an Arabic sentence.
 */
export function WithProvider(props: { text: (provider: string) => string; provider: string }) {
  const [before = '', ...rest] = props.text(SLOT).split(SLOT);
  if (rest.length === 0) return <>{before}</>;
  return (
    <>
      {before}
      <bdi>{props.provider}</bdi>
      {rest.join(props.provider)}
    </>
  );
}
