package org.tocsin.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            UA 315/14 Fear for safety                                        | UA 315/14                  | -
            EXTRA 91/96 Death penalty                                        | EXTRA 91/96                | -
            THIRD UA 60/16 Index: MDE 13/4012/2016                           | MDE 13/4012/2016           | UA 60/16
            Further information on UA 29/96 (EUR 46/05/96)                   | UA 29/96                   | UA 29/96
            Further information on UA 29/96. AI Index: EUR 46/07/96          | EUR 46/07/96               | UA 29/96
            UA 77.21 Country: Exampleland                                    | UA 77.21                   | -
            UA: Cuba 122.19 Issue date: 5 July 2019                          | UA Cuba 122.19             | -
            UA-313/2014 Detention                                            | UA-313/2014                | -
            UA-257-1/2014 Update                                             | UA-257-1/2014              | UA-257/2014
            RUS 004 / 1214 / OBS 093.1                                       | RUS 004 / 1214 / OBS 093.1 | RUS 004 / 1214 / OBS 093
            AZE 002 / 0414 / OBS 031.2                                       | AZE 002 / 0414 / OBS 031.2 | AZE 002 / 0414 / OBS 031
            Case AZE 031105 Arbitrary detention                              | AZE 031105                 | -
            AI Index: EUR 46/3648/2016                                       | EUR 46/3648/2016           | -
            AI Index: MDE 11/12/96                                           | MDE 11/12/96               | -
            """)
    void readsEachFamilyOfCodes(String text, String code, String followUp) {
        Codes.Result result = Codes.find(text);
        assertThat(result.code()).isEqualTo(code);
        if (followUp == null) {
            assertThat(result.followUpOf()).isEmpty();
        } else {
            assertThat(result.followUpOf()).containsExactly(followUp);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Its offices were destroyed twice (see UA 315/14 and UA 125/15). | UA 315/14 | UA 125/15
            Earlier actions: see UA 12/15, UA 40/15.                        | UA 12/15  | UA 40/15
            """)
    void codesTheDocumentOnlyRefersToAreFollowUpsNotItsCode(String text, String first, String second) {
        Codes.Result result = Codes.find(text);
        assertThat(result.code()).isNull();
        assertThat(result.followUpOf()).containsExactly(first, second);
    }
}
