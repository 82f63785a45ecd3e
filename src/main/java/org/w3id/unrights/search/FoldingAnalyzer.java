package org.w3id.unrights.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Words in lower case with their accents folded away, so that a name typed on an English keyboard finds its
 * accented spelling ("Tomas" finds "Tomás"), without an English possessive ("Darusman" finds "Darusman's") and
 * without a plural's ending ("votes" finds "vote"). The same folding applies to
 * prefix terms ({@link #normalize}), which Lucene's query parser does not run through the tokenizer.
 */
final class FoldingAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer words = new StandardTokenizer();
        return new TokenStreamComponents(words,
                new EnglishMinimalStemFilter(new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(words)))));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
