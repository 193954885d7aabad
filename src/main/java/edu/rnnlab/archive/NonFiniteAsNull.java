package edu.rnnlab.archive;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/**
 * JSON has no NaN or infinity, and Jackson's default (the strings {@code "NaN"}, {@code "Infinity"})
 * breaks every other reader (pandas, jq, JavaScript). Non-finite numbers are written as {@code null}
 * and read back as NaN (a diverged run's loss, a metric that could not be computed), so the records
 * keep their meaning; archives written with the old strings still read.
 */
final class NonFiniteAsNull extends SimpleModule {

    private static final long serialVersionUID = 1L;

    NonFiniteAsNull() {
        super("NonFiniteAsNull");
        addSerializer(Double.class, new Writer());
        addSerializer(double.class, new Writer());
        addDeserializer(Double.class, new Reader(Double.class));
        addDeserializer(double.class, new Reader(double.class));
    }

    private static final class Writer extends JsonSerializer<Double> {
        @Override
        public void serialize(Double value, JsonGenerator out, SerializerProvider provider) throws IOException {
            if (Double.isFinite(value)) {
                out.writeNumber(value);
            } else {
                out.writeNull();
            }
        }
    }

    private static final class Reader extends StdScalarDeserializer<Double> {
        private static final long serialVersionUID = 1L;

        Reader(Class<Double> type) {
            super(type);
        }

        @Override
        public Double deserialize(JsonParser in, DeserializationContext context) throws IOException {
            return _parseDoublePrimitive(in, context); // numbers, and the strings "NaN"/"Infinity" of older archives
        }

        @Override
        public Double getNullValue(DeserializationContext context) {
            return Double.NaN;
        }
    }
}
