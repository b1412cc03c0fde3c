package io.eddy.examples.wordcount;

/**
 * The text WordCount counts when it is given no {@code --input}: a short essay on rivers, written for
 * this project and released with it (so the examples carry no third-party text).
 */
public final class WordCountData {

    /** The lines of the bundled text, one array element per line. */
    public static final String[] LINES = {
        "An eddy is a small whirl of water that turns against the main current of a river.",
        "It forms behind a rock, a fallen tree or the pillar of a bridge, wherever the flow",
        "is split and meets itself again a little further down.",
        "Boatmen have always known the eddies of their river by heart.",
        "A boat that slips into an eddy can rest there while the river rushes past,",
        "and a careless swimmer can be turned round and round until the current lets go.",
        "The water in an eddy is not still: it moves as fast as the water outside,",
        "only in a circle, and so it seems to go nowhere at all.",
        "Leaves, twigs and foam gather in the eddy and ride it for hours.",
        "Fishermen like the quiet edge where the fast water and the slow water meet,",
        "because the fish wait there for whatever the river brings them.",
        "In spring, when the snow melts in the hills, the river grows brown and loud,",
        "the eddies grow with it, and the banks are cut away a little more each year.",
        "In autumn the river is low and clear, and the stones on the bottom can be counted",
        "one by one from the bridge.",
        "Children throw sticks from one side of the bridge and run to the other side",
        "to see whose stick comes out first; the stick that falls into the eddy loses.",
        "The miller built his wheel where the river narrows, and the eddy below the wheel",
        "was the deepest place in the valley.",
        "Nobody swam there, and everybody said that the eddy had no bottom at all.",
        "When the mill closed, the wheel stood still, but the eddy kept turning.",
        "A river is never the same water twice, yet the eddy stays where it is,",
        "the same shape made of new water every second.",
        "So it is with many things that last: the form remains while the matter flows through it.",
        "A town keeps its name while its people come and go,",
        "a song keeps its tune while every singer sings it a little differently,",
        "and a river keeps its eddies while the rain of a hundred hills runs through them.",
        "Count the words on this page and you will find the river and the eddy again and again,",
        "because they are what the page is about.",
        "Count them once more tomorrow and the numbers will be the same,",
        "which is more than anyone can say of the river itself.",
    };

    private WordCountData() {
    }
}
