package org.satchel.vocab.generator;

import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.satchel.vocab.terms.CODE;

/** The subjects of the code list, with what the generator needs to know about teaching and examining each. */
enum Subject {
    READING(CODE.subject_reading, "Reading", true, 20, null, null,
            "Phonics check", "Retrieval questions", "Inference", "Vocabulary", "Fluency read", "Summarising"),
    WRITING(CODE.subject_writing, "Writing", false, 20, null, null,
            "Sentence structure", "Paragraphs", "Persuasive writing", "Narrative", "Handwriting", "Editing"),
    MATHEMATICS(CODE.subject_mathematics, "Mathematics", true, 25, "Pearson Edexcel", "Pearson Edexcel",
            "Place value", "Fractions", "Times tables", "Algebra", "Ratio and proportion", "Geometry", "Statistics"),
    GRAMMAR(CODE.subject_grammar_punctuation_spelling, "Grammar, punctuation and spelling", true, 20, null, null,
            "Spelling", "Punctuation", "Word classes"),
    ENGLISH_LANGUAGE(CODE.subject_english_language, "English language", false, 40, "AQA", null,
            "Reading fiction", "Descriptive writing", "Non-fiction", "Viewpoint writing", "Spoken language"),
    ENGLISH_LITERATURE(CODE.subject_english_literature, "English literature", false, 30, "AQA", "AQA",
            "Macbeth", "A Christmas Carol", "An Inspector Calls", "Poetry anthology", "Unseen poetry"),
    COMBINED_SCIENCE(CODE.subject_combined_science, "Combined science", true, 30, "AQA", null,
            "Cells", "Atomic structure", "Energy", "Electricity", "Ecology", "Chemical changes"),
    BIOLOGY(CODE.subject_biology, "Biology", true, 30, "AQA", "OCR",
            "Cell biology", "Organisation", "Infection and response", "Bioenergetics", "Inheritance"),
    CHEMISTRY(CODE.subject_chemistry, "Chemistry", true, 30, "AQA", "OCR",
            "Bonding", "Quantitative chemistry", "Rates of reaction", "Organic chemistry", "Electrolysis"),
    PHYSICS(CODE.subject_physics, "Physics", true, 30, "AQA", "AQA",
            "Forces", "Waves", "Magnetism", "Particle model", "Atomic structure"),
    HISTORY(CODE.subject_history, "History", false, 30, "Pearson Edexcel", "AQA",
            "Medicine through time", "The Normans", "Cold War", "Weimar Germany", "Source analysis"),
    GEOGRAPHY(CODE.subject_geography, "Geography", false, 30, "AQA", "AQA",
            "Natural hazards", "Rivers", "Urban issues", "Resource management", "Map skills"),
    FRENCH(CODE.subject_french, "French", true, 20, "AQA", "AQA",
            "Vocabulary", "Listening", "Translation", "Grammar: past tense", "Speaking prep"),
    SPANISH(CODE.subject_spanish, "Spanish", true, 20, "AQA", "AQA",
            "Vocabulary", "Listening", "Translation", "Grammar: preterite", "Speaking prep"),
    COMPUTING(CODE.subject_computing, "Computing", true, 20, "OCR", "OCR",
            "Algorithms", "Programming", "Networks", "Data representation", "Boolean logic"),
    ART_AND_DESIGN(CODE.subject_art_and_design, "Art and design", false, 20, "AQA", "AQA",
            "Observational drawing", "Colour theory", "Artist study", "Sketchbook review"),
    MUSIC(CODE.subject_music, "Music", false, 20, "Eduqas", "Eduqas",
            "Rhythm", "Listening", "Composition", "Performance"),
    RELIGIOUS_STUDIES(CODE.subject_religious_studies, "Religious studies", false, 20, "AQA", "OCR",
            "Beliefs and teachings", "Practices", "Ethics", "Philosophy"),
    PHYSICAL_EDUCATION(CODE.subject_physical_education, "Physical education", false, 20, "OCR", "OCR",
            "Fitness", "Anatomy", "Sport psychology", "Practical skills");

    final Resource code;
    final String label;
    /** The code's local name without {@code subject-}: used in record IRIs. */
    final String slug;
    /** Whether a quiz platform can mark it (multiple choice, short answers). */
    final boolean quizzable;
    final int maxScore;
    final String gcseBoard;
    final String aLevelBoard;
    final List<String> topics;

    Subject(Resource code, String label, boolean quizzable, int maxScore, String gcseBoard, String aLevelBoard,
            String... topics) {
        this.code = code;
        this.label = label;
        this.slug = code.getURI().substring(code.getURI().lastIndexOf('#') + 1).substring("subject-".length());
        this.quizzable = quizzable;
        this.maxScore = maxScore;
        this.gcseBoard = gcseBoard;
        this.aLevelBoard = aLevelBoard;
        this.topics = List.of(topics);
    }

    /** The label as it reads mid-sentence: "mathematics", but "English literature" and "French". */
    String inSentence() {
        boolean properNoun = label.startsWith("English") || label.equals("French") || label.equals("Spanish");
        return properNoun ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    static final List<Subject> PRIMARY = List.of(READING, WRITING, MATHEMATICS);
    /** KS3 beyond English, maths and science, in the order a timetable gives them time. */
    static final List<Subject> KS3_FOUNDATION = List.of(HISTORY, GEOGRAPHY, FRENCH, COMPUTING, RELIGIOUS_STUDIES,
            ART_AND_DESIGN, MUSIC, PHYSICAL_EDUCATION);
    static final List<Subject> GCSE_OPTIONS = List.of(COMPUTING, RELIGIOUS_STUDIES, ART_AND_DESIGN, MUSIC,
            PHYSICAL_EDUCATION, HISTORY, GEOGRAPHY);
    static final List<Subject> A_LEVELS = List.of(MATHEMATICS, BIOLOGY, CHEMISTRY, PHYSICS, HISTORY, GEOGRAPHY,
            ENGLISH_LITERATURE, FRENCH, SPANISH, COMPUTING, ART_AND_DESIGN, MUSIC, RELIGIOUS_STUDIES,
            PHYSICAL_EDUCATION);
}
