package io.eddy.api.typeutils;

import java.util.Objects;

/** Sample user types shared by the type-system tests. */
public final class TestTypes {

    private TestTypes() {}

    /** A record with a String and an int component. */
    public record Person(String name, int age) {}

    /** A record nesting another record. */
    public record Employee(Person person, String company) {}

    /** A POJO with public fields, a private field with getter/setter, and a nested POJO. */
    public static class User {
        public String name;
        public Integer age;
        public Address address;
        private long id;

        public User() {}

        public User(String name, Integer age, Address address, long id) {
            this.name = name;
            this.age = age;
            this.address = address;
            this.id = id;
        }

        public long getId() {
            return id;
        }

        public void setId(long id) {
            this.id = id;
        }

        @Override
        public boolean equals(Object o) {
            if (o == null || o.getClass() != getClass()) {
                return false;
            }
            User u = (User) o;
            return Objects.equals(name, u.name) && Objects.equals(age, u.age) && Objects.equals(address, u.address) && id == u.id;
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, age, address, id);
        }

        @Override
        public String toString() {
            return "User(" + name + ", " + age + ", " + address + ", " + id + ")";
        }
    }

    /** A subclass the POJO serializer must carry via Kryo. */
    public static class Admin extends User {
        public String role;

        public Admin() {}

        public Admin(String name, String role) {
            super(name, 1, null, 2);
            this.role = role;
        }

        @Override
        public boolean equals(Object o) {
            return super.equals(o) && Objects.equals(role, ((Admin) o).role);
        }

        @Override
        public int hashCode() {
            return super.hashCode();
        }
    }

    /** A nested POJO. */
    public static class Address {
        public String city;
        public int zip;

        public Address() {}

        public Address(String city, int zip) {
            this.city = city;
            this.zip = zip;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Address && Objects.equals(city, ((Address) o).city) && zip == ((Address) o).zip;
        }

        @Override
        public int hashCode() {
            return Objects.hash(city, zip);
        }

        @Override
        public String toString() {
            return city + "/" + zip;
        }
    }

    /** Not a POJO: a private field without accessors. */
    public static class Opaque {
        private int hidden;

        public Opaque() {}

        public Opaque(int hidden) {
            this.hidden = hidden;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Opaque && ((Opaque) o).hidden == hidden;
        }

        @Override
        public int hashCode() {
            return hidden;
        }
    }

    /** A generic POJO whose field type comes from a subclass binding. */
    public static class Box<T> {
        public T value;

        public Box() {}
    }

    /** Binds Box's type variable. */
    public static class StringBox extends Box<String> {
        public StringBox() {}
    }

    public enum Color { RED, GREEN, BLUE }
}
