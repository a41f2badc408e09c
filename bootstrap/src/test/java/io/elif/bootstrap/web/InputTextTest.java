package io.elif.bootstrap.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InputTextTest {

    @Test
    void acceptsAnyLanguageAndCharactersBeyondTheBasicPlane() {
        assertThat(InputText.isClean("Bière 33cl – ビール 🍺", false)).isTrue();
        assertThat(InputText.isClean("", false)).isTrue();
    }

    @Test
    void refusesControlCharactersAnywhere() {
        for (var text : new String[]{"a\u0000b", "\u0001", "bell\u0007", "\u001b[31m", "del\u007f", "next\u0085line"}) {
            assertThat(InputText.isClean(text, true)).as(text).isFalse();
        }
    }

    @Test
    void allowsTabAndLineBreaksOnlyInFreeText() {
        for (var text : new String[]{"a\tb", "line\nline", "line\r\nline"}) {
            assertThat(InputText.isClean(text, true)).as(text).isTrue();
            assertThat(InputText.isClean(text, false)).as(text).isFalse();
        }
    }

    @Test
    void refusesSurrogatesWithoutTheirPair() {
        for (var text : new String[]{"\ud800", "a\ud800b", "end\ud83d", "\udc00start", "\udf7a\ud83c"}) {
            assertThat(InputText.isClean(text, true)).as(text).isFalse();
        }
    }
}
