package io.elif.catalog.domain;

import io.elif.kernel.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GtinTest {

    @ParameterizedTest
    @ValueSource(strings = {"96385074", "036000291452", "5449000000996", "4006381333931", "00012345600012"})
    void acceptsGtinsOfEveryLengthWithAValidCheckDigit(String code) {
        assertThat(new Gtin(" " + code + " ").code()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5449000000995", "96385075", "036000291453", "00012345600013"})
    void refusesAWrongCheckDigit(String code) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Gtin(code)).withMessageContaining("check digit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1234567", "123456789", "12345678901", "123456789012345", "544900000099A", "-5449000000996"})
    void refusesOtherLengthsAndNonDigits(String code) {
        assertThat(Gtin.isValid(code)).isFalse();
    }

    @Test
    void computesTheGs1CheckDigit() {
        assertThat(Gtin.checkDigit("544900000099")).isEqualTo(6);
        assertThat(Gtin.checkDigit("9638507")).isEqualTo(4);
        assertThat(Gtin.checkDigit("000000000000")).isZero();
    }

    @Test
    void namesTheFieldItCameFrom() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> Gtin.of("123", "barcodes[2]"))
                .satisfies(e -> assertThat(e.field()).contains("barcodes[2]"));
    }

    @Test
    void aScannedTextIsABarcodeOnlyWhenItIsAGtin() {
        assertThat(Gtin.scanned(" 5449000000996\t")).contains(new Gtin("5449000000996"));
        assertThat(Gtin.scanned("5449000000995")).isEmpty();
        assertThat(Gtin.scanned("  ")).isEmpty();
        assertThat(Gtin.scanned(null)).isEmpty();
    }
}
