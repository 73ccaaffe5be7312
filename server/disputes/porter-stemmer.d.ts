// natural ships no declaration for this sub-module; importing the stemmers index instead
// would load every language's stemmer, so declare the one file we use.
declare module 'natural/lib/natural/stemmers/porter_stemmer' {
  import type { Stemmer } from 'natural/lib/natural/stemmers';
  const PorterStemmer: Stemmer;
  export = PorterStemmer;
}
