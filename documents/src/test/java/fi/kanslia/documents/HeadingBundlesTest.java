package fi.kanslia.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class HeadingBundlesTest {

    @Test
    void finnishAndSwedishHeadingsHaveTheSameKeys() {
        ResourceBundle fi = DecisionLayout.headings(DecisionContent.Language.FI);
        ResourceBundle sv = DecisionLayout.headings(DecisionContent.Language.SV);

        assertThat(fi.keySet()).isNotEmpty().containsExactlyInAnyOrderElementsOf(sv.keySet());
        assertThat(fi.getString("decision")).isEqualTo("Päätös");
        assertThat(sv.getString("decision")).isEqualTo("Beslut");
    }
}
