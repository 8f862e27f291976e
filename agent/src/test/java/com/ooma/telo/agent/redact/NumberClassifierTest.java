package com.ooma.telo.agent.redact;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.event.DestinationClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberClassifierTest {
    private final NumberClassifier classifier = new NumberClassifier("US");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "911|EMERGENCY", "112|EMERGENCY", "933|EMERGENCY_TEST",
        "411|N11", "211|N11", "811|N11",
        "711|SHORT_CODE_OTHER", "988|SHORT_CODE_OTHER", "22333|SHORT_CODE_OTHER",
        "1-800-555-0199|TOLL_FREE", "+1 (888) 555-0100|TOLL_FREE", "8335550123|TOLL_FREE",
        "1-900-555-0123|PREMIUM", "(212) 976-1234|PREMIUM",
        "1-500-555-0123|NON_GEOGRAPHIC", "5335550123|NON_GEOGRAPHIC",
        "(650) 555-0142|DOMESTIC", "+1 650 555 0142|DOMESTIC", "16505550142|DOMESTIC", "555-0142|DOMESTIC",
        "650.555.0142 ext. 12|DOMESTIC",
        "011 44 20 7946 0000|INTERNATIONAL_ZONE_4", "+33 1 53 29 72 63|INTERNATIONAL_ZONE_3",
        "+81 3-1234-5678|INTERNATIONAL_ZONE_8", "+52 55 1234 5678|INTERNATIONAL_ZONE_5",
        "*67|VSC", "*69|VSC", "*67 1-650-555-0142|DOMESTIC",
        "anonymous|ANONYMOUS", "Restricted|ANONYMOUS", "''|ANONYMOUS",
        "12|INVALID", "1-650-555|INVALID", "hello|INVALID", "(411) 555-0142|INVALID"
    })
    void classifiesEverySpelling(String dialled, DestinationClass expected) {
        assertThat(classifier.classify(dialled)).isEqualTo(expected);
    }
}
