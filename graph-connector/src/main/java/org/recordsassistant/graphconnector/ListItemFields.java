package org.recordsassistant.graphconnector;

import java.util.LinkedHashMap;
import java.util.Map;
import org.recordsassistant.graphconnector.models.RecordFile;
import org.recordsassistant.graphconnector.models.RecordMetadata;

/**
 * The SharePoint columns we set on every filed file, by internal name. The README's "SharePoint columns"
 * section provisions them; keep the two in step.
 */
final class ListItemFields {

    static final String TRANSFER_ID = "NcccTransferId";
    static final String REFERENCE = "NcccReference";
    static final String DECLARANT = "NcccDeclarant";
    static final String CHANNEL = "NcccChannel";
    static final String COUNTERPARTIES = "NcccCounterparties";
    static final String BUSINESS_AREA = "NcccBusinessArea";
    static final String DATE_FROM = "NcccDateFrom";
    static final String DATE_TO = "NcccDateTo";
    static final String MESSAGE_COUNT = "NcccMessageCount";
    static final String CLASSIFICATION = "NcccClassification";
    static final String DECLARATION_REFERENCE = "NcccDeclarationReference";
    static final String UPLOADED_BY = "NcccUploadedBy";
    static final String UPLOADED_AT = "NcccUploadedAt";
    static final String ORIGINAL_SHA256 = "NcccOriginalSha256";
    static final String FILE_SHA256 = "NcccFileSha256";
    static final String FILE_ROLE = "NcccFileRole";

    private ListItemFields() {
    }

    static Map<String, Object> of(String transferId, RecordMetadata metadata, RecordFile file) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(TRANSFER_ID, transferId);
        fields.put(REFERENCE, metadata.reference());
        fields.put(DECLARANT, metadata.declarant());
        fields.put(CHANNEL, metadata.channel());
        fields.put(COUNTERPARTIES, String.join("; ", metadata.counterparties()));
        fields.put(BUSINESS_AREA, metadata.businessArea());
        fields.put(DATE_FROM, metadata.dateFrom().toString());
        fields.put(DATE_TO, metadata.dateTo().toString());
        fields.put(MESSAGE_COUNT, metadata.messageCount());
        fields.put(CLASSIFICATION, metadata.classification());
        fields.put(DECLARATION_REFERENCE, metadata.declarationReference());
        fields.put(UPLOADED_BY, metadata.uploadedBy());
        fields.put(UPLOADED_AT, metadata.uploadedAt().toString());
        fields.put(ORIGINAL_SHA256, metadata.originalSha256());
        fields.put(FILE_SHA256, file.sha256());
        fields.put(FILE_ROLE, file.role().name());
        return fields;
    }
}
